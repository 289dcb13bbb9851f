//go:build race

package main

// raceDetector: this test binary runs under -race.
const raceDetector = true
