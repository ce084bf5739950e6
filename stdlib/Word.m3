(* Word: INTEGER as an unsigned 64-bit word. The code generator expands every call of a Word
   procedure inline into the matching Wasm instruction, so each body below, which calls the
   procedure itself, is that instruction: these exported versions serve procedure values. *)
MODULE Word;

FUNCTIONAL PROCEDURE Plus (x, y: T): T = BEGIN RETURN Plus(x, y) END Plus;
FUNCTIONAL PROCEDURE Times (x, y: T): T = BEGIN RETURN Times(x, y) END Times;
FUNCTIONAL PROCEDURE Minus (x, y: T): T = BEGIN RETURN Minus(x, y) END Minus;
FUNCTIONAL PROCEDURE Divide (x, y: T): T = BEGIN RETURN Divide(x, y) END Divide;
FUNCTIONAL PROCEDURE Mod (x, y: T): T = BEGIN RETURN Mod(x, y) END Mod;
FUNCTIONAL PROCEDURE LT (x, y: T): BOOLEAN = BEGIN RETURN LT(x, y) END LT;
FUNCTIONAL PROCEDURE LE (x, y: T): BOOLEAN = BEGIN RETURN LE(x, y) END LE;
FUNCTIONAL PROCEDURE GT (x, y: T): BOOLEAN = BEGIN RETURN GT(x, y) END GT;
FUNCTIONAL PROCEDURE GE (x, y: T): BOOLEAN = BEGIN RETURN GE(x, y) END GE;
FUNCTIONAL PROCEDURE And (x, y: T): T = BEGIN RETURN And(x, y) END And;
FUNCTIONAL PROCEDURE Or (x, y: T): T = BEGIN RETURN Or(x, y) END Or;
FUNCTIONAL PROCEDURE Xor (x, y: T): T = BEGIN RETURN Xor(x, y) END Xor;
FUNCTIONAL PROCEDURE Not (x: T): T = BEGIN RETURN Not(x) END Not;
FUNCTIONAL PROCEDURE Shift (x: T; n: INTEGER): T = BEGIN RETURN Shift(x, n) END Shift;
FUNCTIONAL PROCEDURE LeftShift (x: T; n: [0 .. Size - 1]): T = BEGIN RETURN LeftShift(x, n) END LeftShift;
FUNCTIONAL PROCEDURE RightShift (x: T; n: [0 .. Size - 1]): T = BEGIN RETURN RightShift(x, n) END RightShift;
FUNCTIONAL PROCEDURE Rotate (x: T; n: INTEGER): T = BEGIN RETURN Rotate(x, n) END Rotate;
FUNCTIONAL PROCEDURE LeftRotate (x: T; n: [0 .. Size - 1]): T = BEGIN RETURN LeftRotate(x, n) END LeftRotate;
FUNCTIONAL PROCEDURE RightRotate (x: T; n: [0 .. Size - 1]): T = BEGIN RETURN RightRotate(x, n) END RightRotate;
FUNCTIONAL PROCEDURE Extract (x: T; i, n: CARDINAL): T = BEGIN RETURN Extract(x, i, n) END Extract;
FUNCTIONAL PROCEDURE Insert (x, y: T; i, n: CARDINAL): T = BEGIN RETURN Insert(x, y, i, n) END Insert;

BEGIN
END Word.
