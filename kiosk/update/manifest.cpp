#include "manifest.hpp"
