namespace ChatFlow.Sandbox.Graph;

/// <summary>Acme's small org chart as a Graph directory: the four demo users and a few colleagues, three of them
/// with Korean names (written surname first without a space, as Korean directories do: 김민수, given name 민수,
/// surname 김). Managers: alice → bob → dave; carol → dave; minji → bob; jisoo → dave; 김민수 → carol;
/// 이서연 → bob; 박지훈 → dave. Read-only.</summary>
internal static class OrgChart
{
    private static readonly (GraphUser User, string? ManagerId)[] People =
    [
        (Person("0b6d1c7e-0000-4000-8000-000000000004", "Dave", "Choi", "dave", "Chief Operating Officer", "Executive Office", "Seoul HQ 20F"), null),
        (Person("0b6d1c7e-0000-4000-8000-000000000002", "Bob", "Lee", "bob", "Engineering Manager", "Engineering", "Seoul HQ 12F"), "0b6d1c7e-0000-4000-8000-000000000004"),
        (Person("0b6d1c7e-0000-4000-8000-000000000001", "Alice", "Kim", "alice", "Software Engineer", "Engineering", "Seoul HQ 12F"), "0b6d1c7e-0000-4000-8000-000000000002"),
        (Person("0b6d1c7e-0000-4000-8000-000000000003", "Carol", "Park", "carol", "Senior Accountant", "Finance", "Seoul HQ 8F"), "0b6d1c7e-0000-4000-8000-000000000004"),
        (Person("0b6d1c7e-0000-4000-8000-000000000005", "Minji", "Seo", "minji", "Product Designer", "Design", "Pangyo Office 3F"), "0b6d1c7e-0000-4000-8000-000000000002"),
        (Person("0b6d1c7e-0000-4000-8000-000000000006", "Jisoo", "Han", "jisoo", "HR Business Partner", "People", "Seoul HQ 9F"), "0b6d1c7e-0000-4000-8000-000000000004"),
        (KoreanPerson("0b6d1c7e-0000-4000-8000-000000000007", "민수", "김", "minsu.kim", "재무 분석가", "재무팀", "서울 본사 8층"), "0b6d1c7e-0000-4000-8000-000000000003"),
        (KoreanPerson("0b6d1c7e-0000-4000-8000-000000000008", "서연", "이", "seoyeon.lee", "백엔드 개발자", "개발팀", "서울 본사 12층"), "0b6d1c7e-0000-4000-8000-000000000002"),
        (KoreanPerson("0b6d1c7e-0000-4000-8000-000000000009", "지훈", "박", "jihoon.park", "영업팀장", "영업팀", "부산 지사 5층"), "0b6d1c7e-0000-4000-8000-000000000004"),
    ];

    public static IEnumerable<GraphUser> Users => People.Select(p => p.User);

    /// <summary>The user with this object id or user principal name (case-insensitive), or <see langword="null"/>.</summary>
    public static GraphUser? Find(string idOrUpn) => Users.FirstOrDefault(u =>
        string.Equals(u.Id, idOrUpn, StringComparison.OrdinalIgnoreCase)
        || string.Equals(u.UserPrincipalName, idOrUpn, StringComparison.OrdinalIgnoreCase));

    /// <summary>The manager of <paramref name="user"/>, or <see langword="null"/> at the top.</summary>
    public static GraphUser? ManagerOf(GraphUser user) =>
        People.First(p => p.User.Id == user.Id).ManagerId is { } managerId ? Find(managerId) : null;

    private static GraphUser Person(string id, string given, string surname, string username, string title, string department, string office) =>
        new(id, $"{given} {surname}", given, surname, $"{username}@acme.example", $"{username}@acme.example", title, department, office);

    private static GraphUser KoreanPerson(string id, string given, string surname, string username, string title, string department, string office) =>
        new(id, surname + given, given, surname, $"{username}@acme.example", $"{username}@acme.example", title, department, office);
}
