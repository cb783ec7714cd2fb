package main

import (
	"fmt"
	"os"
)

func statInput(p string) (os.FileInfo, error) {
	st, err := os.Stat(p)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("input %s: no such file or folder", p)
		}
		return nil, fmt.Errorf("input %s: %v", p, err)
	}
	return st, nil
}
