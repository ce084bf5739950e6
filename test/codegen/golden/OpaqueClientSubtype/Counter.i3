(* An opaque object type whose hidden part (fields with defaults, a method) only Counter.m3 sees;
   clients may subclass it. *)
INTERFACE Counter;

TYPE
  T <: Public;
  Public = OBJECT label: TEXT := "counter" METHODS inc (); get (): INTEGER END;

PROCEDURE New (): T;
(* The count of c, read through the hidden field rather than the method. *)
PROCEDURE Peek (c: T): INTEGER;
(* Calls c.inc() n times from inside the revealing module, noting each count in a hidden array. *)
PROCEDURE Bump (c: T; n: INTEGER);
(* The sum of the counts Bump noted. *)
PROCEDURE Noted (c: T): INTEGER;

END Counter.
