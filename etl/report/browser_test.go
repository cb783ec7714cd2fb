package report_test

import (
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"time"
)

// screenshot renders html with headless Chromium into a PNG, with the flags
// of reports/screenshot.sh.
func screenshot(chromium, html, out string) error {
	profile, err := os.MkdirTemp("", "lkj-chromium-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+profile, "--screenshot="+out, "--window-size=1280,2000", "file://"+html)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("chromium: %v: %s", err, b)
	}
	return nil
}

// inkShare is the share of a PNG's pixels that are not (near) white.
func inkShare(path string) (float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	b := img.Bounds()
	var ink, all int
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			all++
			if r < 0xe000 || g < 0xe000 || bl < 0xe000 {
				ink++
			}
		}
	}
	return float64(ink) / float64(all), nil
}
