//go:build unix

package web

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"
)

// TestReportStreamsPastWriteTimeout downloads a report from a server
// whose WriteTimeout is far shorter than the download, through sockets with
// small buffers and a client that stops reading for a while after the
// first bytes: the server must still be writing when its WriteTimeout
// passes, and the download must arrive whole. Before downloads moved their
// deadline on, a report of 100,000 articles was cut at the 2-minute
// timeout of claimdesk serve. Every report goes out through the same
// downloadWriter; the claims report is the one the seeds make large enough.
func TestReportStreamsPastWriteTimeout(t *testing.T) {
	const timeout = 100 * time.Millisecond
	app := newTestApp(t)
	br := app.loggedIn("rui")

	ln, err := (&net.ListenConfig{Control: smallBuffers(syscall.SO_SNDBUF)}).Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	slow := httptest.NewUnstartedServer(app.srv.Config.Handler)
	slow.Listener.Close()
	slow.Listener = ln
	slow.Config.WriteTimeout = timeout
	slow.Start()
	defer slow.Close()
	client := &http.Client{Jar: br.c.Jar, Transport: &http.Transport{
		DialContext:        (&net.Dialer{Control: smallBuffers(syscall.SO_RCVBUF)}).DialContext,
		DisableCompression: true,
	}}
	defer client.CloseIdleConnections()

	const path = "/reports/claims.csv"
	want, err := io.ReadAll(br.get(path).Body)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 32<<10 {
		t.Fatalf("%s is %d bytes: too small to outlast the socket buffers, so the test would prove nothing", path, len(want))
	}
	res, err := client.Get(slow.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d", path, res.StatusCode)
	}
	first := make([]byte, 1)
	if _, err := io.ReadFull(res.Body, first); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * timeout) // the server waits on a full socket past its WriteTimeout
	rest, err := io.ReadAll(res.Body)
	got := append(first, rest...)
	if err != nil {
		t.Fatalf("download cut after %d of %d bytes: %v", len(got), len(want), err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("download differs: got %d bytes, want %d", len(got), len(want))
	}
}

// smallBuffers sets a socket's send or receive buffer to a few kilobytes,
// so a response larger than that waits on its reader.
func smallBuffers(opt int) func(network, address string, c syscall.RawConn) error {
	return func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) {
			serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, opt, 4096)
		})
		if err != nil {
			return err
		}
		return serr
	}
}
