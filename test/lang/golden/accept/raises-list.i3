INTERFACE Raising;

IMPORT Rd, Wr, Thread;

EXCEPTION Local;

PROCEDURE Copy(r: Rd.T; w: Wr.T) RAISES {Rd.Failure, Wr.Failure, Thread.Alerted};
PROCEDURE Anything() RAISES ANY;
PROCEDURE Nothing() RAISES {};
PROCEDURE One(): INTEGER RAISES {Local};

END Raising.
