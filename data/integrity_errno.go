package data

import (
	"errors"
	"slices"
	"syscall"
)

// isErrno reports whether err wraps one of the error numbers.
func isErrno(err error, nums []syscall.Errno) bool {
	var e syscall.Errno
	return errors.As(err, &e) && slices.Contains(nums, e)
}
