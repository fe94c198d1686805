using System.Net;
using System.Net.Sockets;

namespace Gongkai.Web.Tests;

/// <summary>
/// A loopback TCP relay in front of the test PostgreSQL server, so a test can take "the server" away from a running
/// host (<see cref="Stop"/>: refuses new connections and cuts the open ones) and bring it back on the same port,
/// without stopping the server the other tests share.
/// </summary>
internal sealed class TcpProxy : IDisposable
{
    private readonly int targetPort;
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;
    private CancellationTokenSource? stopping;

    public TcpProxy(int targetPort)
    {
        this.targetPort = targetPort;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Start();
    }

    /// <summary>The port the relay listens on.</summary>
    public int Port { get; }

    /// <summary>Starts (again) to accept and relay connections.</summary>
    public void Start()
    {
        var next = new TcpListener(IPAddress.Loopback, Port);
        next.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        next.Start();
        listener = next;
        stopping = new CancellationTokenSource();
        _ = AcceptAsync(next, stopping.Token);
    }

    /// <summary>Stops listening and cuts every relayed connection, as a server that went down would.</summary>
    public void Stop()
    {
        stopping?.Cancel();
        listener?.Stop();
        lock (open)
        {
            foreach (var client in open)
            {
                client.Dispose();
            }

            open.Clear();
        }
    }

    public void Dispose() => Stop();

    private async Task AcceptAsync(TcpListener from, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await from.AcceptTcpClientAsync(token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, targetPort, token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }

            lock (open)
            {
                open.Add(client);
                open.Add(upstream);
            }

            _ = PumpAsync(client, upstream, token);
            _ = PumpAsync(upstream, client, token);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken token)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
