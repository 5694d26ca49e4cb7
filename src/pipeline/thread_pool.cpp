#include "hypersieve/pipeline/thread_pool.hpp"

namespace hs::pipeline {

ThreadPool::ThreadPool(unsigned n) {
  for (unsigned i = 0; i < n; ++i) {
    threads_.emplace_back([this, i] {
      for (;;) {
        std::function<void(unsigned)> task;
        {
          std::unique_lock<std::mutex> lock(mu_);
          cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
          if (queue_.empty()) return;
          task = std::move(queue_.front());
          queue_.pop_front();
        }
        task(i);
      }
    });
  }
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_) t.join();
}

bool ThreadPool::wants_more() {
  std::lock_guard<std::mutex> lock(mu_);
  return queue_.size() < 2 * threads_.size();
}

void ThreadPool::submit(std::function<void(unsigned)> task) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.push_back(std::move(task));
  }
  cv_.notify_one();
}

}  // namespace hs::pipeline
