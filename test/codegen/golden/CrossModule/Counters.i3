(* An interface implemented by one module and used by another, compiled separately. *)
INTERFACE Counters;

EXCEPTION TooBig(INTEGER);

TYPE
  T = OBJECT count := 0 METHODS add (n: INTEGER) RAISES {TooBig}; describe (): TEXT END;
  Visitor = PROCEDURE (c: T) RAISES ANY;

VAR created: INTEGER;

PROCEDURE New (limit: INTEGER): T;
PROCEDURE Visit (c: T; v: Visitor) RAISES ANY;

END Counters.
