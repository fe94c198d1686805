namespace Gongkai.Ledgers;

/// <summary>The items of the “三公”经费 (公开07表) that a ledger line may name.</summary>
public enum ThreePublicCostItem
{
    /// <summary>因公出国（境）费.</summary>
    OfficialOverseasTravel,

    /// <summary>公务用车购置费.</summary>
    OfficialVehiclePurchase,

    /// <summary>公务用车运行费 (运行维护费).</summary>
    OfficialVehicleOperation,

    /// <summary>公务接待费.</summary>
    OfficialReception,
}
