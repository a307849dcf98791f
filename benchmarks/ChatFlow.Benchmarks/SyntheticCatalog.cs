using ChatFlow.Skills.Manifests;

namespace ChatFlow.Benchmarks;

/// <summary>A deterministic catalog the size of CLINC150's (150 skills × 100 examples, half English, half Korean),
/// built from word lists so the benchmark needs no dataset files.</summary>
internal static class SyntheticCatalog
{
    private static readonly string[] EnVerbs = ["show", "check", "book", "cancel", "change", "find", "send", "order", "update", "report"];
    private static readonly string[] EnNouns =
    [
        "invoice", "vendor", "payslip", "meeting room", "flight", "hotel", "expense", "leave", "laptop", "password",
        "badge", "parking", "contract", "purchase order", "budget",
    ];
    private static readonly string[] EnFrames = ["{0} my {1}", "can you {0} the {1}", "i want to {0} a {1}", "please {0} {1} for me", "how do i {0} my {1}"];
    private static readonly string[] KoVerbs = ["보여줘", "확인해줘", "예약해줘", "취소해줘", "변경해줘", "찾아줘", "보내줘", "주문해줘", "수정해줘", "신고해줘"];
    private static readonly string[] KoNouns =
    [
        "송장", "거래처", "급여명세서", "회의실", "항공권", "호텔", "경비", "휴가", "노트북", "비밀번호",
        "출입증", "주차권", "계약서", "구매주문", "예산",
    ];
    private static readonly string[] KoFrames = ["{1} {0}", "내 {1} 좀 {0}", "{1}를 {0}", "{1} 빨리 {0}", "오늘 {1} {0}"];

    internal static SkillCatalog Create(int skills = 150, int examplesPerSkill = 100)
    {
        var manifests = new List<SkillManifest>();
        for (var s = 0; s < skills; s++)
        {
            var verb = s % EnVerbs.Length;
            var noun = s / EnVerbs.Length % EnNouns.Length;
            var en = Enumerable.Range(0, examplesPerSkill / 2)
                .Select(i => string.Format(null, EnFrames[i % EnFrames.Length], EnVerbs[verb], EnNouns[noun]) + $" number {i}")
                .ToList();
            var ko = Enumerable.Range(0, examplesPerSkill - en.Count)
                .Select(i => string.Format(null, KoFrames[i % KoFrames.Length], KoVerbs[verb], KoNouns[noun]) + $" {i}번")
                .ToList();
            manifests.Add(new SkillManifest
            {
                Id = $"bench.skill{s:D3}",
                Version = 1,
                Name = new LocalizedText($"Skill {s}"),
                Utterances = new Dictionary<string, IReadOnlyList<string>> { ["en"] = en, ["ko"] = ko },
                Slots = [],
                Confirm = false,
                Action = new SkillAction
                {
                    Connector = "bench", Operation = "none", Connection = "none", Arguments = [], SystemName = new LocalizedText("bench"),
                },
            });
        }

        return SkillCatalog.Create(manifests);
    }
}
