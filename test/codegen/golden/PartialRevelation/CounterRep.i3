(* A partial revelation, for clients that may see the representation: every Counter.T is a
   Private, so such a client reads and writes `count` and extends T knowing it. Nothing here needs
   a module to export it. *)
INTERFACE CounterRep;
IMPORT Counter;

TYPE Private = Counter.Public OBJECT count: INTEGER END;

REVEAL Counter.T <: Private;

END CounterRep.
