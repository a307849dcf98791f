namespace ChatFlow.Skills.Recognition;

/// <summary>Generic requests and chit-chat in English and Korean. They take part in the document frequencies only
/// (never as a skill's example), so words every request shares ("can you", "I need a new", "해 주세요") weigh little
/// and the words that name a task weigh much.</summary>
internal static class BackgroundCorpus
{
    internal static readonly string[] Sentences =
    [
        "can you help me", "can you do this for me", "I need to do something", "I need a new one", "I want to",
        "please do it for us", "I would like to", "could you please", "help me with this", "I need help",
        "what is the status", "what's the weather like today", "tell me something", "can you show me",
        "I want to see it", "how do I do that", "set up a meeting for us", "add it to the list", "create a new one",
        "register for the event", "look up something for me", "check this for me", "please find it",
        "a new account", "the new one please", "is it possible to get a new one", "I'd like a new one for the team",
        "hi there", "hello", "thanks", "good morning", "what time is it", "where is it", "who is that",
        "when is the next one", "can you tell me about it", "I have a question", "let me know",

        // General-knowledge questions: no workplace skill answers them, and "who …" / "what is the … of …" must not
        // look like a colleague or record lookup.
        "who painted the Mona Lisa", "who discovered penicillin", "who was the first person on the moon",
        "who won the world cup in 2018", "who is the richest person in the world", "who directed Titanic",
        "who sang Bohemian Rhapsody", "who is the prime minister of the UK", "what is the capital of Australia",
        "what is the largest ocean", "what is the tallest building in the world", "how far is the moon from the earth",
        "how many people live in Tokyo", "what language do they speak in Brazil", "when did World War II end",
        "what year was Google founded", "how deep is the Pacific Ocean", "what is the boiling point of water",
        "why is the sky blue", "how do airplanes fly", "what does DNA stand for", "what is the speed of light",
        "how many planets are there", "explain how a rainbow forms", "who is the main character in Harry Potter",
        "해 주세요", "해줘", "부탁해", "부탁드립니다", "도와주세요", "하고 싶어요", "알려줘", "알려 주세요",
        "보여줘", "확인해 주세요", "새로 만들어줘", "추가해 주세요", "하나 해줘", "이거 좀 해줘", "어떻게 해요",
        "안녕하세요", "고마워", "오늘 뭐 해", "지금 몇 시야", "내일 날씨 어때", "회의 잡아줘", "좀 도와줄래",
        "등록하고 싶어요", "신청할게요", "하나 추가해줘", "새로 하나 만들어 주세요", "조회해 줘",
        "오늘 점심 뭐 먹을까", "점심 메뉴 추천해줘",
    ];
}
