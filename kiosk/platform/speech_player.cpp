#include "speech_player.hpp"

#include "core/content/asset_reference.hpp"
#include "core/speech/resample.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

#include <algorithm>
#include <chrono>
#include <cstring>

namespace haven::platform {
namespace {

// How far synthesis runs ahead of what is heard: enough to ride out a busy moment, little
// enough that a long card never sits in memory whole.
constexpr double kQueueSeconds = 3.0;
// Recordings are queued in pieces of this length, so that a stop drops them as quickly.
constexpr double kPieceSeconds = 0.5;
// eSpeak NG's lead-in below this is silence: a prompt starts at its first sound.
constexpr int kSilence = 300;
// A scripted run waits this long at most for the player's thread (a stuck decoder must not
// hang the run for ever).
constexpr auto kLongestWait = std::chrono::seconds(20);

}  // namespace

SpeechPlayer::~SpeechPlayer() { close(); }

bool SpeechPlayer::open(int rate, int channels) {
    if (open_) return true;
    if (!synthesizer_.open()) {
        problem_ = synthesizer_.problem();
        return false;
    }
    rate_ = rate;
    channels_ = std::max(1, channels);
    {
        std::lock_guard lock(mutex_);
        quit_ = false;
    }
    thread_ = std::thread([this] { run(); });
    open_ = true;
    problem_.clear();
    return true;
}

void SpeechPlayer::follow(const SpeechPlan& plan) {
    if (!open_) return;
    std::lock_guard lock(mutex_);
    volume_ = std::clamp(plan.volume, 0.0, 1.0);
    const bool same_text = plan.run == plan_.run && plan.voice == plan_.voice && plan.sentences == plan_.sentences &&
                           plan.recording == plan_.recording;
    const bool restart = plan.speaking && (!speaking_ || !same_text);
    // A new speed carries on from the sentence being heard, in the new voice.
    const bool new_speed = plan.speaking && speaking_ && same_text && plan.recording.empty() &&
                           plan.words_per_minute != plan_.words_per_minute && !synthesis_done_;
    const bool stop = !plan.speaking && speaking_;
    plan_ = plan;
    if (!restart && !new_speed && !stop) return;
    ++generation_;
    cancel_ = true;
    queue_.clear();
    queued_frames_ = 0;
    space_.notify_all();
    produced_.notify_all();
    speaking_ = plan.speaking;
    if (stop) {
        job_waiting_ = false;
        progress_ = {};
        return;
    }
    const std::size_t first = new_speed ? static_cast<std::size_t>(std::max(progress_.sentence, 0)) : 0;
    job_ = Job{generation_, plan, first};
    job_waiting_ = true;
    synthesis_done_ = false;
    if (restart) progress_ = SpeechProgress{plan.run, -1, false, false};
    work_.notify_all();
}

SpeechProgress SpeechPlayer::progress() const {
    std::lock_guard lock(mutex_);
    return progress_;
}

void SpeechPlayer::prepare_prompts(const VoicePrompts& prompts) {
    if (!open_) return;
    std::lock_guard lock(mutex_);
    if (wanted_prompts_ == prompts && (prompts_waiting_ || (prompts_ && prompts_->made_for == prompts))) return;
    wanted_prompts_ = prompts;
    prompts_waiting_ = true;
    work_.notify_all();
}

std::shared_ptr<const PromptSounds> SpeechPlayer::prompts(const VoicePrompts& wanted, bool wait) {
    std::unique_lock lock(mutex_);
    auto ready = [&] { return quit_ || (prompts_ && prompts_->made_for == wanted); };
    if (wait && open_) produced_.wait_for(lock, kLongestWait, ready);
    return prompts_ && prompts_->made_for == wanted ? prompts_ : nullptr;
}

void SpeechPlayer::mix(std::int16_t* out, std::size_t frames) {
    bool changed = false;
    {
        std::unique_lock lock(mutex_);
        if (!speaking_) return;
        // A recording decodes in one go and is not waited for: its decoder may need SDL's lock,
        // which the audio thread holds here.
        if (paced_ && plan_.recording.empty())
            produced_.wait_for(lock, kLongestWait,
                               [&] { return quit_ || !speaking_ || synthesis_done_ || queued_frames_ >= frames; });
        const auto channels = static_cast<std::size_t>(channels_);
        const int volume = static_cast<int>(volume_ * 1000);
        std::size_t done = 0;
        while (done < frames && !queue_.empty()) {
            Piece& piece = queue_.front();
            if (piece.sentence != progress_.sentence) {
                progress_.sentence = piece.sentence;
                changed = true;
            }
            const std::size_t count = std::min((frames - done) * channels, piece.pcm.size() - piece.used);
            std::int16_t* to = out + done * channels;
            const std::int16_t* from = piece.pcm.data() + piece.used;
            for (std::size_t i = 0; i < count; ++i)
                to[i] = static_cast<std::int16_t>(std::clamp(to[i] + from[i] * volume / 1000, -32768, 32767));
            piece.used += count;
            done += count / channels;
            if (piece.used >= piece.pcm.size()) queue_.pop_front();
        }
        queued_frames_ -= std::min(queued_frames_, done);
        if (done > 0) space_.notify_all();
        if (synthesis_done_ && queue_.empty() && !progress_.finished) {
            progress_.finished = true;
            changed = true;
        }
    }
    if (changed && on_progress) on_progress();
}

void SpeechPlayer::run() {
    std::unique_lock lock(mutex_);
    while (true) {
        work_.wait(lock, [&] { return quit_ || job_waiting_ || prompts_waiting_; });
        if (quit_) {
            // SDL_mixer's decoders keep their error messages in SDL's storage for this thread,
            // which SDL frees by itself only for threads it started.
            SDL_TLSCleanup();
            return;
        }
        if (prompts_waiting_) {
            const VoicePrompts wanted = wanted_prompts_;
            prompts_waiting_ = false;
            lock.unlock();
            auto made = make_prompts(wanted);
            lock.lock();
            prompts_ = std::move(made);
            produced_.notify_all();
            continue;
        }
        const Job job = job_;
        job_waiting_ = false;
        cancel_ = false;
        lock.unlock();
        speak(job);
        lock.lock();
    }
}

bool SpeechPlayer::queue(Piece piece, long long generation) {
    std::unique_lock lock(mutex_);
    const auto limit = static_cast<std::size_t>(kQueueSeconds * rate_);
    space_.wait(lock, [&] { return quit_ || generation_ != generation || queued_frames_ < limit; });
    if (quit_ || generation_ != generation) return false;
    queued_frames_ += piece.pcm.size() / static_cast<std::size_t>(channels_);
    queue_.push_back(std::move(piece));
    produced_.notify_all();
    return true;
}

void SpeechPlayer::speak(const Job& job) {
    bool failed = false;
    if (!job.plan.recording.empty()) {
        std::vector<std::int16_t> pcm;
        failed = !decode(job.plan.recording, kMaxCardRecordingSeconds, pcm);
        const auto piece = static_cast<std::size_t>(kPieceSeconds * rate_) * static_cast<std::size_t>(channels_);
        for (std::size_t at = 0; !failed && at < pcm.size(); at += piece) {
            const auto end = pcm.begin() + static_cast<std::ptrdiff_t>(std::min(pcm.size(), at + piece));
            if (!queue(Piece{std::vector<std::int16_t>(pcm.begin() + static_cast<std::ptrdiff_t>(at), end), 0, -1},
                       job.generation))
                return;
        }
    } else {
        std::vector<std::int16_t> samples;
        for (std::size_t i = job.first; !failed && i < job.plan.sentences.size(); ++i) {
            samples.clear();
            failed = !synthesizer_.speak(job.plan.sentences[i], job.plan.voice, job.plan.words_per_minute, samples, cancel_);
            if (cancel_) return;
            if (failed) break;
            Piece piece{resample_mono(samples, synthesizer_.sample_rate(), rate_, channels_), 0, static_cast<int>(i)};
            if (piece.pcm.empty()) continue;
            if (!queue(std::move(piece), job.generation)) return;
        }
    }
    std::lock_guard lock(mutex_);
    if (generation_ != job.generation) return;
    synthesis_done_ = true;
    progress_.failed = failed;
    produced_.notify_all();
}

std::shared_ptr<const PromptSounds> SpeechPlayer::make_prompts(const VoicePrompts& wanted) {
    auto made = std::make_shared<PromptSounds>();
    made->made_for = wanted;
    const std::atomic<bool> never{false};
    for (std::size_t i = 0; i < 3; ++i) {
        // A clinic's own recording first; synthesis when there is none or it will not decode.
        if (!wanted.recorded[i].empty() && decode(wanted.recorded[i], kMaxVoicePromptSeconds, made->pcm[i])) continue;
        if (wanted.voice.empty() || wanted.words[i].empty()) continue;
        std::vector<std::int16_t> samples;
        if (!synthesizer_.speak(wanted.words[i], wanted.voice, wanted.words_per_minute, samples, never)) continue;
        samples.erase(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(first_sound(samples, kSilence)));
        made->pcm[i] = resample_mono(samples, synthesizer_.sample_rate(), rate_, channels_);
    }
    return made;
}

bool SpeechPlayer::decode(const std::string& path, double longest_seconds, std::vector<std::int16_t>& pcm) const {
    // A recording from a stick is checked for length before it is decoded whole: 32 MiB of a
    // low bit rate OGG could be hours, gigabytes once decoded. haven check refuses such files;
    // the kiosk must survive one anyway. (An unknown length, -1, is decoded and capped below.)
    if (Mix_Music* music = Mix_LoadMUS(path.c_str())) {
        const double seconds = Mix_MusicDuration(music);
        Mix_FreeMusic(music);
        if (seconds > longest_seconds + 1) return false;
    } else {
        return false;
    }
    // SDL_mixer decodes OGG, MP3, FLAC and WAV into the device's own format.
    Mix_Chunk* chunk = Mix_LoadWAV(path.c_str());
    if (!chunk) return false;
    const auto most = static_cast<std::size_t>((longest_seconds + 1) * rate_) * static_cast<std::size_t>(channels_);
    pcm.resize(std::min<std::size_t>(chunk->alen / sizeof(std::int16_t), most));
    std::memcpy(pcm.data(), chunk->abuf, pcm.size() * sizeof(std::int16_t));
    // Not Mix_FreeChunk: it takes SDL's device lock to halt channels playing the chunk, and the
    // audio thread may hold that lock while it waits for this thread (scripted runs). This chunk
    // never played; Mix_LoadWAV allocated both parts with SDL_malloc.
    SDL_free(chunk->abuf);
    SDL_free(chunk);
    return true;
}

void SpeechPlayer::close() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        speaking_ = false;
        queue_.clear();
        queued_frames_ = 0;
    }
    cancel_ = true;
    work_.notify_all();
    space_.notify_all();
    produced_.notify_all();
    if (thread_.joinable()) thread_.join();
    synthesizer_.close();
    open_ = false;
}

}  // namespace haven::platform
