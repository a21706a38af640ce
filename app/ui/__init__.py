"""The Qt shell: windows, pages, widgets and workers. Only this package imports Qt widgets."""
