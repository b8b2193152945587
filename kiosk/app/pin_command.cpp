// `haven pin`: turns the staff PIN into the `staff_pin_hash` line for kiosk.toml, so the
// PIN itself is never written anywhere. Argon2id at libsodium's "interactive" cost: the
// kiosk checks a PIN in well under a second, while guessing from a copied kiosk.toml stays slow.

#include "commands.hpp"
#include "options.hpp"

#include <sodium.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <iostream>
#include <string>

namespace haven::app {
namespace {

constexpr size_t kMinPinDigits = 4;
constexpr size_t kMaxPinDigits = 8;

// The terminal's settings while echo is off, so that Ctrl-C or a hang-up does not leave
// the staff member's terminal silent.
termios saved_terminal{};
volatile std::sig_atomic_t echo_is_off = 0;

extern "C" void restore_terminal_and_exit(int signal_number) {
    if (echo_is_off != 0) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_terminal);  // async-signal-safe
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

// Echo off for as long as it lives.
class HiddenInput {
public:
    HiddenInput() {
        if (::tcgetattr(STDIN_FILENO, &saved_terminal) != 0) return;
        for (int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) std::signal(signal_number, restore_terminal_and_exit);
        termios quiet = saved_terminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        echo_is_off = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0 ? 1 : 0;
    }
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;
    ~HiddenInput() {
        if (echo_is_off != 0) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_terminal);
        echo_is_off = 0;
        for (int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) std::signal(signal_number, SIG_DFL);
    }
};

// One line of stdin without its line ending; false at the end of input.
bool read_line(std::string& line) {
    if (!std::getline(std::cin, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

bool prompt_hidden(const char* prompt, std::string& pin) {
    std::cerr << prompt << std::flush;
    HiddenInput hidden;
    const bool got = read_line(pin);
    std::cerr << '\n';  // the Enter key was not echoed either
    return got;
}

bool is_valid_pin(const std::string& pin) {
    return pin.size() >= kMinPinDigits && pin.size() <= kMaxPinDigits &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void wipe(std::string& secret) { sodium_memzero(secret.data(), secret.size()); }

int run_pin() {
    std::string pin;
    std::string again;
    if (::isatty(STDIN_FILENO) != 0) {
        if (!prompt_hidden("Staff PIN (4 to 8 digits): ", pin) || !prompt_hidden("The same PIN again: ", again)) {
            std::cerr << "haven pin: no PIN was entered\n";
            return kExitRefused;
        }
        const bool same = pin == again;
        wipe(again);
        if (!same) {
            wipe(pin);
            std::cerr << "haven pin: the two PINs differ; nothing was made\n";
            return kExitRefused;
        }
    } else if (!read_line(pin)) {
        std::cerr << "haven pin: no PIN on standard input\n";
        return kExitRefused;
    }
    if (!is_valid_pin(pin)) {
        wipe(pin);
        std::cerr << "haven pin: the PIN must be 4 to 8 digits (0-9), nothing else\n";
        return kExitRefused;
    }
    if (sodium_init() < 0) {
        wipe(pin);
        std::cerr << "haven pin: libsodium could not be initialised\n";
        return kExitFailed;
    }
    char hash[crypto_pwhash_STRBYTES];
    const int result = crypto_pwhash_str_alg(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                             crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    wipe(pin);
    if (result != 0) {
        std::cerr << "haven pin: not enough memory to hash the PIN\n";
        return kExitFailed;
    }
    // The hash is ASCII without quotes or backslashes, so it needs no escaping in TOML.
    std::cout << "staff_pin_hash = \"" << hash << "\"\n";
    if (::isatty(STDOUT_FILENO) != 0)
        std::cerr << "Put this line in kiosk.toml; the staff view on the kiosk then opens with this PIN.\n";
    return kExitOk;
}

} // namespace

Command add_pin_command(CLI::App& cli) {
    Command command;
    command.subcommand = cli.add_subcommand(
        "pin", "Make the staff_pin_hash line for kiosk.toml from a 4 to 8 digit PIN read from standard input "
               "(asked twice, unseen, on a terminal; one line when piped)");
    command.subcommand->footer("Exit codes: 0 done, 1 refused (not 4 to 8 digits, or the two entries differ),\n"
                               "            2 bad command line, 4 failed (out of memory).\n"
                               "Put the line in kiosk.toml above any [table] heading (such as [sound]).");
    command.run = [] { return run_pin(); };
    return command;
}

} // namespace haven::app
