package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/claimdesk/claimdesk/store"
)

const userUsage = `usage:
  claimdesk user add [--db FILE] [--role admin|reviewer] NAME   (password from standard input)
  claimdesk user passwd [--db FILE] NAME                        (password from standard input)
  claimdesk user list [--db FILE]
  claimdesk user disable [--db FILE] NAME                       (no login; every session ends)
  claimdesk user enable [--db FILE] NAME
`

// runUser manages accounts: add, passwd, list, disable, enable.
func runUser(ctx context.Context, args []string, e *env) error {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, userUsage)
		return errors.New("user: no subcommand given")
	}
	sub, args := args[0], args[1:]
	if sub == "-h" || sub == "--help" || sub == "help" {
		fmt.Fprint(e.stdout, userUsage)
		return nil
	}
	fs := flag.NewFlagSet("user "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dbPath := fs.String("db", "claimdesk.db", "the database `file`")
	role := store.RoleReviewer
	if sub == "add" {
		fs.StringVar(&role, "role", store.RoleReviewer, "the new user's `role`: admin or reviewer")
	}
	rest, err := parseAnywhere(fs, args)
	if err != nil {
		return err
	}
	switch sub {
	case "add", "passwd", "disable", "enable":
		if len(rest) != 1 {
			fmt.Fprint(e.stderr, userUsage)
			return fmt.Errorf("user %s: give exactly one user name", sub)
		}
	case "list":
		if len(rest) != 0 {
			return fmt.Errorf("user list: unexpected argument %q", rest[0])
		}
	default:
		fmt.Fprint(e.stderr, userUsage)
		return fmt.Errorf("user: unknown subcommand %q", sub)
	}
	if sub != "add" {
		// Only add may create the database; the others need an existing one.
		if _, err := os.Stat(*dbPath); err != nil {
			return fmt.Errorf("user %s: no database at %s", sub, *dbPath)
		}
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	switch sub {
	case "list":
		users, err := db.Users(ctx)
		if err != nil {
			return err
		}
		for _, u := range users {
			line := fmt.Sprintf("%s\t%s\t%s", u.Name, u.Role, u.CreatedAt.Format("2006-01-02"))
			if u.Disabled {
				line += "\tdisabled" // a fourth column only when disabled: scripts reading three keep working
			}
			fmt.Fprintln(e.stdout, line)
		}
		return nil
	case "disable", "enable":
		u, err := db.UserByName(ctx, rest[0])
		if err != nil {
			return fmt.Errorf("user %s: %w", sub, err)
		}
		if _, err := db.SetDisabled(ctx, store.User{}, u.ID, sub == "disable"); err != nil {
			return fmt.Errorf("user %s: %w", sub, err)
		}
		if sub == "disable" {
			fmt.Fprintf(e.stdout, "Disabled %s: no login, and every session of theirs has ended.\n", u.Name)
		} else {
			fmt.Fprintf(e.stdout, "Enabled %s.\n", u.Name)
		}
		return nil
	case "add":
		if err := store.ValidateUserName(rest[0]); err != nil {
			return fmt.Errorf("user add: %w", err)
		}
		password, err := readPassword(e, true)
		if err != nil {
			return fmt.Errorf("user add: %w", err)
		}
		if err := store.CheckPassword(rest[0], password); err != nil {
			return fmt.Errorf("user add: %w", err)
		}
		if _, err := db.AddUser(ctx, rest[0], role, password); err != nil {
			return fmt.Errorf("user add: %w", err)
		}
		fmt.Fprintf(e.stdout, "Added %s (%s).\n", rest[0], role)
		return nil
	default: // passwd
		password, err := readPassword(e, true)
		if err != nil {
			return fmt.Errorf("user passwd: %w", err)
		}
		if err := db.SetPassword(ctx, rest[0], password); err != nil {
			return fmt.Errorf("user passwd: %w", err)
		}
		fmt.Fprintf(e.stdout, "Changed the password of %s.\n", rest[0])
		return nil
	}
}

// readPassword reads a password from standard input: without echo and asked
// twice on a terminal, otherwise the first line (so scripts can pipe it).
func readPassword(e *env, confirm bool) (string, error) {
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(e.stderr, "Password: ")
		p, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(e.stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if confirm {
			fmt.Fprint(e.stderr, "Again: ")
			again, err := term.ReadPassword(int(f.Fd()))
			fmt.Fprintln(e.stderr)
			if err != nil {
				return "", fmt.Errorf("read password: %w", err)
			}
			if string(again) != string(p) {
				return "", errors.New("the two passwords differ")
			}
		}
		return string(p), nil
	}
	line, err := bufio.NewReader(e.stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("no password given on standard input")
	}
	return line, nil
}
