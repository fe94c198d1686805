using Gongkai.Testing;
using Gongkai.Access;
using Gongkai.Storage.Accounts;

namespace Gongkai.Storage.Tests.Accounts;

public sealed class UserStoreTests : IDisposable
{
    private static readonly UnitKey Lukou = new("湖南省株洲市渌口区", "株洲市渌口区人大常委会");
    private static readonly UnitKey Zhengxiang = new("湖南省衡阳市蒸湘区", "衡阳市蒸湘区人大常委会");

    private readonly TempDirectory temp = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private readonly List<TestDatabase> databases = [];

    public void Dispose()
    {
        foreach (var database in databases)
        {
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        temp.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Units_are_unique_by_region_and_name_and_ensure_reuses_them(string provider)
    {
        if (await NewStoresAsync(provider) is not (var units, _))
        {
            return;
        }

        var created = await units.CreateAsync(Lukou);
        var sameNameElsewhere = await units.CreateAsync(Lukou with { Region = "湖南省株洲市荷塘区" });

        var duplicate = await Assert.ThrowsAsync<AccountException>(() => units.CreateAsync(Lukou));
        var blank = await Assert.ThrowsAsync<AccountException>(() => units.CreateAsync(new UnitKey("湖南省", " ")));

        Assert.Equal("单位“株洲市渌口区人大常委会”（湖南省株洲市渌口区）已经存在。", duplicate.Message);
        Assert.Equal("请填写单位名称。", blank.Message);
        Assert.NotEqual(created.Id, sameNameElsewhere.Id);
        Assert.Equal(created, await units.EnsureAsync(Lukou));
        Assert.Equal(created, await units.FindAsync(Lukou));
        Assert.Equal(created, await units.GetAsync(created.Id));
        // Ordinal (code point) order on every provider: 渌 U+6E0C before 荷 U+8377.
        Assert.Equal(["湖南省株洲市渌口区", "湖南省株洲市荷塘区"], (await units.ListAsync()).Select(u => u.Region));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_role_is_stored_with_its_unit_region_or_assignments_and_becomes_an_actor(string provider)
    {
        if (await NewStoresAsync(provider) is not (var units, var users))
        {
            return;
        }

        var lukou = await units.CreateAsync(Lukou);
        var zhengxiang = await units.CreateAsync(Zhengxiang);

        var filler = await users.CreateAsync(new NewUser("Lukou.Filler", "渌口填报员", Role.UnitFiller, UnitId: lukou.Id), "secret-123");
        var reviewer = await users.CreateAsync(
            new NewUser("reviewer", "财政局审核员", Role.Reviewer, AssignedUnitIds: [zhengxiang.Id, lukou.Id, lukou.Id]), "secret-123");
        var supervisor = await users.CreateAsync(new NewUser("npc", "人大预算工委", Role.Supervisor, Region: " 湖南省株洲市 "), "secret-123");

        Assert.Equal("lukou.filler", filler.Login);
        Assert.Equal((filler.Id, Role.UnitFiller, (string?)null), (filler.ToActor().UserId, filler.ToActor().Role, filler.ToActor().Region));
        Assert.Empty(filler.ToActor().AssignedUnits);
        Assert.Equal(Lukou, filler.ToActor().Unit);
        Assert.Equal([Lukou, Zhengxiang], reviewer.AssignedUnits.Select(u => u.Key));
        Assert.True(reviewer.ToActor().AssignedUnits.SetEquals([Lukou, Zhengxiang]));
        Assert.Equal("湖南省株洲市", supervisor.Region);
        Assert.Equal(filler.Id, (await users.FindByLoginAsync("LUKOU.FILLER"))!.Id);
        Assert.Equal(reviewer.AssignedUnits, (await users.GetAsync(reviewer.Id))!.AssignedUnits);
        Assert.Equal(["lukou.filler", "npc", "reviewer"], (await users.ListAsync()).Select(u => u.Login));
        Assert.Equal([Lukou, Zhengxiang], (await users.ListAsync()).Single(u => u.Role == Role.Reviewer).AssignedUnits.Select(u => u.Key));

        var moved = await users.SetAssignmentsAsync(reviewer.Id, [zhengxiang.Id]);
        Assert.Equal([Zhengxiang], moved.AssignedUnits.Select(u => u.Key));
        Assert.False((await users.ActorAsync(reviewer.Id))!.AssignedUnits.Contains(Lukou));
        Assert.Null(await users.ActorAsync(999));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_accounts_are_refused_in_Chinese_and_nothing_is_stored(string provider)
    {
        if (await NewStoresAsync(provider) is not (var units, var users))
        {
            return;
        }

        var lukou = await units.CreateAsync(Lukou);
        await users.CreateAsync(new NewUser("taken", "某人", Role.Administrator), "secret-123");

        async Task<string> Refused(NewUser user, string password = "secret-123") =>
            (await Assert.ThrowsAsync<AccountException>(() => users.CreateAsync(user, password))).Message;

        Assert.Equal("用户名“taken”已被使用，请换一个。", await Refused(new NewUser("Taken", "某人", Role.Administrator)));
        Assert.Equal("用户名应为 3 到 64 个字母、数字、点、下划线或连字符。", await Refused(new NewUser("张三", "张三", Role.Administrator)));
        Assert.Equal("用户名应为 3 到 64 个字母、数字、点、下划线或连字符。", await Refused(new NewUser("ab", "某人", Role.Administrator)));
        Assert.Equal("密码至少需要 8 个字符。", await Refused(new NewUser("short", "某人", Role.Administrator), "1234567"));
        Assert.Equal("请填写姓名或显示名称。", await Refused(new NewUser("noname", " ", Role.Administrator)));
        Assert.Equal("单位填报账户必须指定所属单位。", await Refused(new NewUser("nounit", "某人", Role.UnitFiller)));
        Assert.Equal("单位编号 99 不存在。", await Refused(new NewUser("badunit", "某人", Role.UnitFiller, UnitId: 99)));
        Assert.Equal("单位编号 98 不存在。", await Refused(new NewUser("badassign", "某人", Role.Reviewer, AssignedUnitIds: [lukou.Id, 98])));
        Assert.Equal("人大监督账户必须指定监督的地区。", await Refused(new NewUser("noregion", "某人", Role.Supervisor, Region: " ")));
        var admin = (await users.FindByLoginAsync("taken"))!;
        Assert.Equal(
            "只能为审核账户分配单位（taken 的角色是管理员）。",
            (await Assert.ThrowsAsync<AccountException>(() => users.SetAssignmentsAsync(admin.Id, [lukou.Id]))).Message);
        Assert.Equal(1L, await users.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sign_in_succeeds_with_the_password_and_resets_the_failure_count(string provider)
    {
        if (await NewStoresAsync(provider) is not (_, var users))
        {
            return;
        }

        var admin = await users.CreateAsync(new NewUser("admin", "管理员甲", Role.Administrator), "correct-horse");

        var wrong = await users.SignInAsync("admin", "wrong-horse");
        Assert.Equal(SignInResult.Invalid, wrong.Result);
        Assert.Null(wrong.User);
        Assert.Equal(1, (await users.GetAsync(admin.Id))!.FailedLogins);

        var right = await users.SignInAsync(" ADMIN ", "correct-horse");
        Assert.Equal(SignInResult.Success, right.Result);
        Assert.Equal(admin.Id, right.User!.Id);
        Assert.Equal(0, right.User.FailedLogins);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Five_failures_lock_the_login_for_15_minutes_even_against_the_right_password(string provider)
    {
        if (await NewStoresAsync(provider) is not (_, var users))
        {
            return;
        }

        await users.CreateAsync(new NewUser("admin", "管理员甲", Role.Administrator), "correct-horse");

        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(SignInResult.Invalid, (await users.SignInAsync("admin", "guess-" + i)).Result);
        }

        var fifth = await users.SignInAsync("admin", "guess-5");
        Assert.Equal(SignInResult.LockedOut, fifth.Result);
        Assert.Equal(clock.Now.AddMinutes(15), fifth.LockedUntil);

        clock.Now = clock.Now.AddMinutes(14).AddSeconds(59);
        Assert.Equal(SignInResult.LockedOut, (await users.SignInAsync("admin", "correct-horse")).Result);

        clock.Now = clock.Now.AddSeconds(1);
        var after = await users.SignInAsync("admin", "correct-horse");
        Assert.Equal(SignInResult.Success, after.Result);
        Assert.Null(after.User!.LockedUntil);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_logins_answer_exactly_like_known_ones_including_the_lock_out(string provider)
    {
        if (await NewStoresAsync(provider) is not (_, var users))
        {
            return;
        }

        await users.CreateAsync(new NewUser("admin", "管理员甲", Role.Administrator), "correct-horse");

        var known = new List<SignInResult>();
        var unknown = new List<SignInResult>();
        for (var i = 0; i < 6; i++)
        {
            known.Add((await users.SignInAsync("admin", "guess")).Result);
            unknown.Add((await users.SignInAsync("nobody", "guess")).Result);
        }

        Assert.Equal(
            [SignInResult.Invalid, SignInResult.Invalid, SignInResult.Invalid, SignInResult.Invalid, SignInResult.LockedOut, SignInResult.LockedOut],
            known);
        Assert.Equal(known, unknown);
        clock.Now = clock.Now.AddMinutes(16);
        Assert.Equal(SignInResult.Invalid, (await users.SignInAsync("nobody", "guess")).Result);
    }

    private async Task<(UnitStore Units, UserStore Users)?> NewStoresAsync(string provider)
    {
        if (await TestDatabase.CreateAsync(provider) is not { } test)
        {
            return null;
        }

        databases.Add(test);
        var database = test.Open(clock);
        await database.MigrateAsync();
        return (new UnitStore(database, clock), new UserStore(database, clock));
    }
}
