using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using PostLint.Web;
using PostLint.Web.Checking;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.Services.AddSingleton<SettingsStore>();
await builder.Build().RunAsync();
