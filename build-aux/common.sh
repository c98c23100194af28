# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by build-aux/run and build-aux/test: what Pathway needs on Debian 12, installed when missing.

PATHWAY_PACKAGES="
  meson ninja-build pkg-config gcc gettext python3
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libjson-glib-dev libglib-testing-0-dev libmd4c-dev
  libsoup-3.0-dev libical-dev libsecret-1-dev glib-networking
  adwaita-icon-theme fonts-cantarell librsvg2-common shared-mime-info
"
PATHWAY_TEST_PACKAGES="
  xvfb xauth desktop-file-utils appstream sqlite3
"

pathway_install_missing () {
  missing=""
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
  done
  [ -z "$missing" ] && return 0

  echo "Installing:$missing"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  fi
}

# pathway_build DIR [MESON OPTIONS…]: configure once, then build.
pathway_build () {
  dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >/dev/null
  fi
  meson compile -C "$dir"
}
