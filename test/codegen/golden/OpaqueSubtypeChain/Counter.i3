(* An opaque object type with hidden fields and methods. *)
INTERFACE Counter;

TYPE
  T <: Public;
  Public = OBJECT METHODS inc (); get (): INTEGER END;

PROCEDURE Get (c: T): INTEGER;

END Counter.
