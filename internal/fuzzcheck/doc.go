// Package fuzzcheck holds only a test: it runs every fuzz target of the
// module for a few seconds each, so that the plain "go test ./..." that CI
// runs also fuzzes. See TestFuzzBriefly.
package fuzzcheck
