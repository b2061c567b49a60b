"""The desktop app's fixtures (answered dialogs, settings in a temp folder, windows) here too."""

from tests.ui.conftest import (  # noqa: F401 - fixtures, found by name
    demo_window,
    dialogs,
    make_window,
    settings_dir,
)
