(* Word: unsigned operations on INTEGER treated as a 64-bit word (after cm3's Word.i3). *)
INTERFACE Word;

TYPE T = INTEGER;

CONST Size = BITSIZE(T);  (* 64 *)

FUNCTIONAL PROCEDURE Plus (x, y: T): T;     (* (x + y) MOD 2^Size *)
FUNCTIONAL PROCEDURE Times (x, y: T): T;    (* (x * y) MOD 2^Size *)
FUNCTIONAL PROCEDURE Minus (x, y: T): T;    (* (x - y) MOD 2^Size *)
FUNCTIONAL PROCEDURE Divide (x, y: T): T;   (* x DIV y, both unsigned *)
FUNCTIONAL PROCEDURE Mod (x, y: T): T;      (* x MOD y, both unsigned *)
FUNCTIONAL PROCEDURE LT (x, y: T): BOOLEAN; (* unsigned comparisons *)
FUNCTIONAL PROCEDURE LE (x, y: T): BOOLEAN;
FUNCTIONAL PROCEDURE GT (x, y: T): BOOLEAN;
FUNCTIONAL PROCEDURE GE (x, y: T): BOOLEAN;
FUNCTIONAL PROCEDURE And (x, y: T): T;
FUNCTIONAL PROCEDURE Or (x, y: T): T;
FUNCTIONAL PROCEDURE Xor (x, y: T): T;
FUNCTIONAL PROCEDURE Not (x: T): T;
FUNCTIONAL PROCEDURE Shift (x: T; n: INTEGER): T;
  (* left for n > 0, right (logical) for n < 0 *)
FUNCTIONAL PROCEDURE LeftShift (x: T; n: [0..Size - 1]): T;
FUNCTIONAL PROCEDURE RightShift (x: T; n: [0..Size - 1]): T;
FUNCTIONAL PROCEDURE Rotate (x: T; n: INTEGER): T;
FUNCTIONAL PROCEDURE LeftRotate (x: T; n: [0..Size - 1]): T;
FUNCTIONAL PROCEDURE RightRotate (x: T; n: [0..Size - 1]): T;
FUNCTIONAL PROCEDURE Extract (x: T; i, n: CARDINAL): T;
  (* bits [i..i+n-1] of x, moved to the low end *)
FUNCTIONAL PROCEDURE Insert (x, y: T; i, n: CARDINAL): T;
  (* x with bits [i..i+n-1] replaced by the low n bits of y *)

END Word.
