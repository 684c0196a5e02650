using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using PostLint;
using PostLint.Web;
using PostLint.Web.Checking;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.Services.AddSingleton(_ => new PostLinter());
builder.Services.AddSingleton<SettingsStore>();
await builder.Build().RunAsync();
