package claims

import (
	"errors"
	"fmt"
)

// Error codes, mapped to HTTP statuses by web/ and to exit messages by cmd/.
const (
	EINVALID      = "invalid"      // the input is wrong: the user can fix it
	ENOTFOUND     = "not_found"    // no such article, claim, user
	ECONFLICT     = "conflict"     // someone else changed it first, or it exists already
	EUNAUTHORIZED = "unauthorized" // not logged in, or wrong password
	EFORBIDDEN    = "forbidden"    // logged in, but not allowed
	EINTERNAL     = "internal"     // our fault: logged, never shown in detail
)

// Error is a domain error with a code a caller can act on and a message a
// reviewer can read.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the reviewer-facing message of err: the domain message
// of an *Error, and a generic one for anything internal.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}
