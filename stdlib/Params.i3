(* Params: the program's parameters (after cm3's Params.i3). *)
INTERFACE Params;

VAR Count: CARDINAL;  (* parameter 0 is the program's name *)

PROCEDURE Get (n: CARDINAL): TEXT;

END Params.
