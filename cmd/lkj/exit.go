package main

import (
	"errors"
	"fmt"
)

// Exit codes are part of lkj's interface for scheduled jobs.
const (
	exitOK       = 0 // success
	exitFailure  = 1 // runtime failure: warehouse, disk, lock, internal error
	exitUsage    = 2 // usage or configuration error
	exitRejected = 3 // finished, but a document was rejected or an error-level data test failed
)

const exitCodesHelp = `Exit codes:
  0  success
  1  runtime failure (warehouse unreadable or locked, disk full, internal error)
  2  usage or configuration error (bad flag, bad config file, missing input)
  3  the run finished, but some document was rejected or an error-level
     data-quality check failed`

// exitError carries an exit code through cobra's error return.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, a ...any) error {
	return &exitError{exitUsage, fmt.Errorf(format, a...)}
}

// withCode attaches an exit code to err (nil stays nil).
func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &exitError{code, err}
}

// errQuiet is returned when the command already reported its outcome and
// only the exit code remains to be set.
type errQuiet struct{ code int }

func (e errQuiet) Error() string { return fmt.Sprintf("exit %d", e.code) }

func codeOf(err error) int {
	if err == nil {
		return exitOK
	}
	var q errQuiet
	if errors.As(err, &q) {
		return q.code
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	if isCobraUsage(err) {
		return exitUsage
	}
	return exitFailure
}
