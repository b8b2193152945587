#include "import_status.hpp"
