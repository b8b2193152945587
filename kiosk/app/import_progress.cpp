#include "import_progress.hpp"

namespace haven::app {

ui::UpdateBanner banner_for(const update::ImportStatus& status, std::int64_t now_unix) {
    using State = update::ImportStatus::State;
    ui::UpdateBanner banner;
    if (status.state == State::Running) {
        banner.running = true;
        banner.done = status.done;
        banner.total = status.total;
        return banner;
    }
    if (status.state == State::None || now_unix - status.finished_at > kImportResultSeconds) return banner;
    switch (status.state) {
    case State::Imported: banner.result = "Content updated."; break;
    case State::Refused: banner.result = "Content update refused; nothing was changed. The staff view has the report."; break;
    case State::Failed: banner.result = "Content update failed; the previous content is still shown. Staff view has the report."; break;
    case State::Pending: banner.result = "New content is waiting for staff approval; nothing was changed yet."; break;
    case State::None:
    case State::Running: break;
    }
    return banner;
}

} // namespace haven::app
