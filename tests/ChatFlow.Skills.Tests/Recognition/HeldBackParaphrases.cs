namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>Paraphrases of every shipped skill that are in no manifest and no other test, 12 per skill and language,
/// some with slot values (names, amounts, dates, months, invoice numbers): the recogniser's accuracy on them is
/// reported in docs/BENCHMARKS.md.</summary>
internal static class HeldBackParaphrases
{
    internal static readonly IReadOnlyDictionary<string, (string[] English, string[] Korean)> BySkill =
        new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
        {
            ["erp.vendor.register"] = (
                [
                    "I'd like to register a new supplier", "please set up vendor Blue Ocean Logistics",
                    "we have a new supplier, can you add it to the ERP", "create a new vendor in the system",
                    "add Daehan Steel to our vendors", "I want to onboard a supplier", "register supplier Kumho Parts",
                    "can you create a supplier record for Acme Paper", "new supplier onboarding please", "help me register a vendor",
                    "set up a new vendor account for Mirae Foods", "add a supplier to the vendor list",
                ],
                [
                    "거래처 등록하고 싶어요", "새 공급업체 등록 부탁드립니다", "신규 업체 등록해 주세요", "한빛상사를 업체로 등록해줘",
                    "협력업체 하나 추가해 주세요", "ERP에 새 업체 등록해줘", "거래처 신규 등록", "업체 추가해줘",
                    "공급업체를 새로 만들고 싶어요", "벤더 추가 부탁해요", "미래식품 거래처로 등록해 주세요", "새로운 거래처를 등록하려고 해요",
                ]),
            ["directory.person.find"] = (
                [
                    "can you look up Lee Seoyeon for me", "I need the phone number of a colleague", "who's Park Jihoon",
                    "get me Kim Minsu's contact details", "where does Lee Seoyeon sit in the org chart",
                    "who is the manager of Park Jihoon", "search for an employee named Kim", "I'm trying to find someone in the company",
                    "tell me about our coworker Lee Seoyeon", "what's Park Jihoon's role", "I need Kim Minsu's email",
                    "find an employee",
                ],
                [
                    "김민수 씨 누구예요", "이서연 연락처 좀 알려줄래", "박지훈 어느 팀이야", "직원 한 명 찾아줘", "사내에서 사람 좀 찾아줘",
                    "김민수 상사가 누구야", "이서연 전화번호 알려줘", "동료 정보 조회", "박지훈 직급이 뭐야", "임직원 검색해줘",
                    "이서연 메일 주소 알려줘", "김민수 님 찾아주세요",
                ]),
            ["erp.expense.submit"] = (
                [
                    "I need to get paid back for a hotel stay", "reimburse me for a train ticket", "log an expense for office supplies",
                    "I bought lunch for a client and want my money back", "submit a receipt for 45,000 won",
                    "put in an expense claim for $120.50", "I want to claim my travel costs", "expense report for yesterday's dinner",
                    "record a business expense", "can I get reimbursed for parking", "claim 30,000원 for a taxi",
                    "file my expenses from the trip",
                ],
                [
                    "개인 돈으로 결제한 거 청구할게요", "출장 경비 정산해 주세요", "주차비 돌려받고 싶어요", "영수증 올릴게요", "5만원 식대 청구해줘",
                    "어제 쓴 택시비 정산", "경비 신청하려고요", "숙박비 청구하고 싶어요", "회식비 경비 처리 부탁드려요", "비용 청구서 작성해줘",
                    "3만 5천원 교통비 청구", "사무용품 산 거 경비로 처리해줘",
                ]),
            ["erp.invoice.lookup"] = (
                [
                    "did we pay invoice INV-2024-001", "check the status of a bill from a supplier",
                    "what invoices are outstanding for Hanbit Trading", "find invoice INV-2024-002",
                    "is there an unpaid invoice from Seoul Foods", "when is invoice INV-2024-003 due", "pull up an invoice",
                    "I want to see a vendor invoice", "what do we owe Hanbit Trading", "open invoices for Acme Paper",
                    "has INV-2024-001 been settled", "invoice status please",
                ],
                [
                    "INV-2024-001 송장 지급됐어?", "한빛상사 미지급 송장 있어?", "송장 하나 찾아줘", "인보이스 상태 조회해 주세요",
                    "서울식자재 청구서 보여줘", "송장 납기일 알려줘", "이 인보이스 결제됐는지 봐줘", "거래처에 줄 돈 얼마 남았어",
                    "INV-2024-002 조회", "청구서 확인 부탁해요", "한빛상사에 미지급금 얼마야", "송장 상태 확인",
                ]),
            ["hr.payslip.show"] = (
                [
                    "what was my salary last month", "can I see my pay slip for October", "show me my earnings statement",
                    "how much did I get paid in March", "I'd like to view my payroll statement", "what's my take-home pay",
                    "download my payslip", "my salary details please", "check my pay for last month",
                    "what did my paycheck look like in September", "open my latest payslip", "how much money did I receive this month",
                ],
                [
                    "지난달 월급 명세서 보여줘", "10월 급여 얼마였어", "급여 명세 확인하고 싶어요", "이번 달 실수령액 얼마야", "월급 명세서 좀 보여주세요",
                    "3월 급여명세서", "내 월급 내역 알려줘", "급여 얼마 받았어", "지난달 급여 조회", "봉급 명세서 보여줘", "9월 실수령액",
                    "급여 지급 내역 확인해 주세요",
                ]),
            ["hr.timeoff.request"] = (
                [
                    "I'd like to book a day off tomorrow", "can I take next Friday off", "I need leave from Monday to Wednesday",
                    "book vacation for next week", "I'm sick today and can't come in", "request a holiday",
                    "I want some days off in March", "apply for leave", "schedule PTO for March 5", "I'd like to take a personal day",
                    "put me down for annual leave", "I need to take time off next Monday",
                ],
                [
                    "내일 하루 쉴게요", "다음 주 금요일 연차 신청", "아파서 오늘 병가 쓸게요", "휴가 좀 내고 싶어요", "3월 5일부터 3일간 휴가",
                    "월차 신청해 주세요", "연차 내려고 해요", "다음 주 월요일부터 수요일까지 휴가 쓸래", "휴가 신청서 작성해줘", "모레 연차 쓸게",
                    "몸이 안 좋아서 쉬어야 할 것 같아요", "여름 휴가 신청하려고요",
                ]),
        };
}
