//! greenlight's HTTP server (stub; being written).
use std::net::SocketAddr;
use std::path::PathBuf;

/// Serves the store at `db` on `addr` until SIGINT or SIGTERM.
pub fn serve(_db: PathBuf, _addr: SocketAddr) -> anyhow::Result<()> {
    anyhow::bail!("serve is not built yet")
}
