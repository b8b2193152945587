// ServiceNotifier against a fake systemd: a unix datagram socket named by NOTIFY_SOCKET,
// exactly what systemd gives a Type=notify service. Each test reads back the datagrams.

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "core/session/frame_pacer.hpp"
#include "platform/service_notify.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using haven::platform::ServiceNotifier;

// A bound datagram socket in a fresh folder, exported as NOTIFY_SOCKET while it lives.
class FakeNotifySocket {
public:
    FakeNotifySocket() {
        char folder[] = "/tmp/haven-notify-XXXXXX";
        REQUIRE(::mkdtemp(folder) != nullptr);
        folder_ = folder;
        path_ = folder_ + "/notify";
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path_.c_str(), sizeof(address.sun_path) - 1);
        REQUIRE(::bind(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0);
        ::setenv("NOTIFY_SOCKET", path_.c_str(), 1);
    }
    ~FakeNotifySocket() {
        ::unsetenv("NOTIFY_SOCKET");
        ::close(fd_);
        ::unlink(path_.c_str());
        ::rmdir(folder_.c_str());
    }
    FakeNotifySocket(const FakeNotifySocket&) = delete;
    FakeNotifySocket& operator=(const FakeNotifySocket&) = delete;

    // Every datagram queued so far. sd_notify() sends before it returns, so nothing is late.
    std::vector<std::string> received() {
        std::vector<std::string> messages;
        char buffer[4096];
        for (;;) {
            const ssize_t size = ::recv(fd_, buffer, sizeof(buffer), MSG_DONTWAIT);
            if (size < 0) break;
            messages.emplace_back(buffer, static_cast<size_t>(size));
        }
        return messages;
    }

private:
    std::string folder_;
    std::string path_;
    int fd_ = -1;
};

// Sets the watchdog variables for one test and removes them afterwards.
struct WatchdogEnvironment {
    WatchdogEnvironment(const char* usec, pid_t pid) {
        ::setenv("WATCHDOG_USEC", usec, 1);
        ::setenv("WATCHDOG_PID", std::to_string(pid).c_str(), 1);
    }
    ~WatchdogEnvironment() {
        ::unsetenv("WATCHDOG_USEC");
        ::unsetenv("WATCHDOG_PID");
    }
    WatchdogEnvironment(const WatchdogEnvironment&) = delete;
    WatchdogEnvironment& operator=(const WatchdogEnvironment&) = delete;
};

using Messages = std::vector<std::string>;

} // namespace

TEST_CASE("ready and stopping reach systemd's socket") {
    FakeNotifySocket systemd;
    ServiceNotifier notifier;
    notifier.ready();
    const Messages after_ready = systemd.received();
    REQUIRE(after_ready.size() == 1);
    CHECK(after_ready[0].starts_with("READY=1\n"));
    notifier.stopping();
    CHECK(systemd.received() == Messages{"STOPPING=1"});
}

TEST_CASE("keep-alives go out at most every half interval") {
    FakeNotifySocket systemd;
    const WatchdogEnvironment watchdog("2000000", ::getpid());  // WatchdogSec=2
    ServiceNotifier notifier;
    REQUIRE(notifier.watchdog_interval() == doctest::Approx(2.0));

    CHECK(notifier.next_keep_alive() == 0);  // nothing sent yet: due at once
    notifier.keep_alive(10.0);
    CHECK(systemd.received() == Messages{"WATCHDOG=1"});
    CHECK(notifier.next_keep_alive() == doctest::Approx(11.0));

    // A busy loop (60 frames a second) must not flood systemd.
    for (double now = 10.0; now < 10.99; now += 1.0 / 60) notifier.keep_alive(now);
    CHECK(systemd.received().empty());

    notifier.keep_alive(11.0);
    CHECK(systemd.received() == Messages{"WATCHDOG=1"});
    // An idle loop that wakes late still sends exactly one.
    notifier.keep_alive(25.0);
    CHECK(systemd.received() == Messages{"WATCHDOG=1"});
    CHECK(notifier.next_keep_alive() == doctest::Approx(26.0));
}

TEST_CASE("the watchdog of a parent (cage, xinit) counts as ours") {
    FakeNotifySocket systemd;
    const WatchdogEnvironment watchdog("30000000", ::getppid());
    ServiceNotifier notifier;
    CHECK(notifier.watchdog_interval() == doctest::Approx(30.0));
    notifier.keep_alive(0.0);
    CHECK(systemd.received() == Messages{"WATCHDOG=1"});
}

TEST_CASE("a watchdog meant for another process is left alone") {
    FakeNotifySocket systemd;
    // Some other process: a helper started by the service's main process, say.
    pid_t other = ::getpid() + 1;
    while (other == ::getppid()) ++other;
    const WatchdogEnvironment watchdog("30000000", other);
    ServiceNotifier notifier;
    CHECK(notifier.watchdog_interval() == 0);
    CHECK(notifier.next_keep_alive() == haven::kForever);
    notifier.keep_alive(0.0);
    CHECK(systemd.received().empty());
}

TEST_CASE("outside systemd nothing is sent and the loop may sleep for good") {
    ::unsetenv("NOTIFY_SOCKET");
    ::unsetenv("WATCHDOG_USEC");
    ::unsetenv("WATCHDOG_PID");
    ServiceNotifier notifier;
    CHECK(notifier.watchdog_interval() == 0);
    CHECK(notifier.next_keep_alive() == haven::kForever);
    notifier.ready();  // no socket: must simply do nothing
    notifier.keep_alive(0.0);
    notifier.stopping();
}

TEST_CASE("a malformed watchdog setting is ignored, not guessed at") {
    FakeNotifySocket systemd;
    const WatchdogEnvironment watchdog("30s", ::getpid());
    ServiceNotifier notifier;
    CHECK(notifier.watchdog_interval() == 0);
}
