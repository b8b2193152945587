#include "minisign.hpp"
