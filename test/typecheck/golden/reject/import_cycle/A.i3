(* Interfaces may not import each other in a cycle. *)
INTERFACE A;

IMPORT B;

TYPE T = B.T;

END A.
