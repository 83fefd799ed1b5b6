package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"

	"github.com/spf13/cobra"
)

// The profiling flags are hidden: they are for the people who make
// claimcheck faster ("profile before optimising"), not for its users.
const (
	cpuProfileFlag = "cpuprofile"
	memProfileFlag = "memprofile"
	traceFlag      = "trace"
)

func addProfileFlags(root *cobra.Command) {
	root.PersistentFlags().String(cpuProfileFlag, "", "write a CPU profile to `FILE`")
	root.PersistentFlags().String(memProfileFlag, "", "write a heap profile to `FILE` once the findings are made, when the most is in memory")
	root.PersistentFlags().String(traceFlag, "", "write an execution trace to `FILE` (go tool trace): which goroutines ran, and when the cores sat idle")
	_ = root.PersistentFlags().MarkHidden(cpuProfileFlag)
	_ = root.PersistentFlags().MarkHidden(memProfileFlag)
	_ = root.PersistentFlags().MarkHidden(traceFlag)
}

// startProfiles starts the CPU profile and the execution trace the flags
// ask for and returns the function that stops them. Without a heap
// profile to write, it also stops the runtime's sampling of allocations
// for one (runtime.MemProfileRate): a program that imports runtime/pprof
// samples one allocation in every 512 KB, a stack walked and hashed each
// time, 0.4% of a run's time at 10,000 articles (perf), for a profile
// nothing reads.
func startProfiles(cmd *cobra.Command) (stop func(), err error) {
	if mem, _ := cmd.Flags().GetString(memProfileFlag); mem == "" {
		runtime.MemProfileRate = 0
	}
	stopTrace, err := startTo(cmd, traceFlag, trace.Start, trace.Stop)
	if err != nil {
		return nil, err
	}
	stopCPU, err := startTo(cmd, cpuProfileFlag, pprof.StartCPUProfile, pprof.StopCPUProfile)
	if err != nil {
		stopTrace()
		return nil, err
	}
	return func() { stopCPU(); stopTrace() }, nil
}

// startTo creates the file the flag names, if it names one, and starts
// writing to it with start; the function returned calls stop and closes
// the file.
func startTo(cmd *cobra.Command, flag string, start func(io.Writer) error, stop func()) (func(), error) {
	name, _ := cmd.Flags().GetString(flag)
	if name == "" {
		return func() {}, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := start(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return func() { stop(); f.Close() }, nil
}

// writeHeapProfile writes the heap profile the flags ask for.
func writeHeapProfile(cmd *cobra.Command) error {
	name, _ := cmd.Flags().GetString(memProfileFlag)
	if name == "" {
		return nil
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC() // the live heap, not what garbage happens to remain
	return pprof.Lookup("heap").WriteTo(f, 0)
}
