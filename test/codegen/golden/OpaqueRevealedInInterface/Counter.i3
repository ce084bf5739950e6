(* An opaque type whose full revelation is in another interface (CounterRep), not in the module. *)
INTERFACE Counter;

TYPE T <: ROOT;

PROCEDURE Value (t: T): INTEGER;

END Counter.
