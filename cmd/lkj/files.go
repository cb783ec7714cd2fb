package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
)

// createTemp makes a hidden temporary file beside target, to be renamed
// onto it. Unlike os.CreateTemp (always 0600) it asks for 0666 and lets the
// umask decide, so a report reads like any other file the user writes
// (0644 under the usual umask 022).
func createTemp(target string) (*os.File, error) {
	dir, base := filepath.Dir(target), filepath.Base(target)
	for i := 0; ; i++ {
		var b [6]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		name := filepath.Join(dir, "."+base+".tmp-"+hex.EncodeToString(b[:]))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil || !errors.Is(err, os.ErrExist) || i >= 10 {
			return f, err
		}
	}
}
