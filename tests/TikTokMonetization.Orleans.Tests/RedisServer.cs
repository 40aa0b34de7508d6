using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>
/// A real redis-server for the test run: started on a free loopback port without persistence to disk, stopped at the
/// end. Set <c>TIKTOK_REDIS</c> (host:port) to use a server that is already running instead.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process? _process;

    public RedisServer()
    {
        if (Environment.GetEnvironmentVariable("TIKTOK_REDIS") is { Length: > 0 } given)
        {
            Connection = given;
            return;
        }

        var port = FreePort();
        var start = new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("These tests need a real Redis: install Debian's redis-server (apt-get install -y redis-server) or set TIKTOK_REDIS=host:port.", e);
        }

        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Connection = $"127.0.0.1:{port}";
        WaitUntilListening(port);
    }

    /// <summary>Gets the server's address, host:port.</summary>
    public string Connection { get; }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5_000);
        }

        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitUntilListening(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {port} within 5 seconds.");
    }
}
