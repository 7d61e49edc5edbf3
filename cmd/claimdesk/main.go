// Command claimdesk is the Claimdesk workbench: it imports articles, exports
// reports, manages users and serves the reviewers' web app. It only wires
// claims/, store/ and web/ together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// env is what a subcommand may touch of the outside world, passed explicitly
// so tests can run the whole command in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

const usage = `usage: claimdesk <command> [flags]

commands:
  serve    serve the reviewers' workbench (imports the sample articles into an empty database)
  import   import articles from files, directories or URLs
  export   write a CSV report: claims, matches, flags, verdicts, stories or facts
  story    list stories; move an article to another story, merge or split stories
  user     add users, change passwords, list users

Run 'claimdesk <command> -h' for the flags of one command.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	if err := run(ctx, os.Args[1:], e); err != nil {
		fmt.Fprintln(os.Stderr, "claimdesk:", err)
		os.Exit(1)
	}
}

// run dispatches to a subcommand.
func run(ctx context.Context, args []string, e *env) error {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return fmt.Errorf("no command given")
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "serve":
		err = runServe(ctx, rest, e)
	case "import":
		err = runImport(ctx, rest, e)
	case "export":
		err = runExport(ctx, rest, e)
	case "user":
		err = runUser(ctx, rest, e)
	case "story":
		err = runStory(ctx, rest, e)
	case "help", "-h", "--help":
		fmt.Fprint(e.stdout, usage)
		return nil
	default:
		fmt.Fprint(e.stderr, usage)
		return fmt.Errorf("unknown command %q", cmd)
	}
	// -h printed the command's flags: asking for help is not a failure.
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}
