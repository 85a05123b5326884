#include "scim/ScimService.h"

namespace muster {

ScimService::ScimService(std::shared_ptr<Directory> directory, std::shared_ptr<TokenStore> tokens,
                         ScimServiceOptions options)
    : m_directory(std::move(directory))
    , m_tokens(std::move(tokens))
    , m_options(std::move(options))
{}

ScimService::~ScimService() = default;

} // namespace muster
