#include "import.hpp"
