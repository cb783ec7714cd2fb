package main

import (
	"errors"
	"io"
	"log/slog"
)

// logJSONError writes the command's final error as one JSON line, so that
// with --log-format json nothing on stderr is plain text. An errQuiet (the
// outcome was already logged) leaves only the exit code.
func logJSONError(w io.Writer, err error, code int) {
	log := slog.New(slog.NewJSONHandler(w, nil))
	var q errQuiet
	if errors.As(err, &q) {
		log.Info("selesai", "exit_code", code)
		return
	}
	args := []any{"exit_code", code}
	if code == exitUsage && isCobraUsage(err) {
		args = append(args, "petunjuk", "jalankan 'lkj --help'")
	}
	log.Error(err.Error(), args...)
}
