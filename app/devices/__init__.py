"""How to talk to hardware: cameras and frames, faces, audio devices, battery, listings. No Qt."""
