(* The representation of Counter.T, for the modules that implement it. *)
INTERFACE CounterRep;
IMPORT Counter;

REVEAL Counter.T = BRANDED "Counter.T" OBJECT n := 5; name: TEXT := "rep" END;

END CounterRep.
