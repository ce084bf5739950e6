(* The public face of a counter: clients see only its methods. *)
INTERFACE Counter;

TYPE
  T <: Public;
  Public = OBJECT METHODS inc (); get (): INTEGER END;

PROCEDURE New (start: INTEGER): T;

END Counter.
