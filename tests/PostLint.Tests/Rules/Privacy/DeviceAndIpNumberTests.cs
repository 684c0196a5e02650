using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

/// <summary>PL1007 on the serial number of a patient's device and on an IP address an access log ties to someone.</summary>
public class DeviceAndIpNumberTests
{
    [Theory]
    [InlineData("Neurostimulator serienummer {|PL1007:NSX448120|} uitgelezen op de poli.")]
    [InlineData("Insulin pump S/N: {|PL1007:HP7730158|} replaced under warranty.")]
    [InlineData("IMEI {|PL1007:356938035643809|} van de alarmtelefoon doorgegeven aan de meldkamer.")]
    [InlineData("Paired hearing aids, serials {|PL1007:2022RX118|} and {|PL1007:2022RX119|}.")]
    [InlineData("Tablet MAC address {|PL1007:0C:8B:FD:21:7A:44|} linked to the fall monitor.")]
    public void Fires_on_a_devices_serial_number(string markup) => Verify.Rule("PL1007", markup);

    [Theory]
    [InlineData("Inlogpoging op het portaal vanaf {|PL1007:145.53.20.117|} geblokkeerd.")]
    [InlineData("Audit log: record opened from {|PL1007:62.30.118.4|} at 02:14.")]
    [InlineData("Login from {|PL1007:2a02:1810:4d02::1f|} on the patient's account.")]
    public void Fires_on_an_ip_address_in_an_access_log(string markup) => Verify.Rule("PL1007", markup);

    [Theory]
    [InlineData("Zet de DNS-server van je router op 1.1.1.1 als het portaal traag is.")]
    [InlineData("Version 2.14.0.7 of the portal app fixes the login loop.")]
    [InlineData("Het gastennetwerk gebruikt het bereik 10.10.0.0/16.")]
    [InlineData("Controleer het serienummer van uw pomp op de website van de fabrikant.")]
    [InlineData("De insulinepomp MiniMed 780G is nu voor meer mensen beschikbaar.")]
    [InlineData("Lotnummer 22K14B van het vaccin is teruggeroepen.")]
    [InlineData("Section 4.2.1.3 of the policy covers remote access.")]
    [InlineData("The consultation starts at 10:30:00 sharp.")]
    public void Is_silent_on_networks_versions_models_and_lots(string text) => Verify.Rule("PL1007", text);
}
