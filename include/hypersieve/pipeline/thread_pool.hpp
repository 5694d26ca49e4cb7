// pipeline/thread_pool: a fixed set of workers running submitted tasks.
//
// Each task receives the index of the worker that runs it, so per-worker
// state (parsers, scorers, compressors) can live in a plain vector without
// locks. Tasks must not throw. Destruction waits for queued tasks.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace hs::pipeline {

class ThreadPool {
 public:
  explicit ThreadPool(unsigned n);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  void submit(std::function<void(unsigned worker)> task);
  unsigned size() const { return static_cast<unsigned>(threads_.size()); }
  // True while fewer than two tasks per worker wait in the queue, so each
  // worker has work ready while the submitting thread is busy with a task
  // of its own (one per worker left the worker idle at times: dry-run -j2
  // was ~3-5% slower). A hint: it may change as soon as it is read.
  bool wants_more();

 private:
  std::vector<std::thread> threads_;
  std::deque<std::function<void(unsigned)>> queue_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
};

}  // namespace hs::pipeline
