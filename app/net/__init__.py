"""How to talk to the network: probes, OS network context, TCP_INFO, MOS, speed test. No Qt."""
