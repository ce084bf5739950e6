MODULE Account;

IMPORT Bank;

REVEAL
  Bank.T = Bank.Public BRANDED "Account.T" OBJECT
    balance: INTEGER := 0;
  OVERRIDES
    deposit := Deposit;
  END;

REVEAL Bank.Private <: Bank.Public;

PROCEDURE Deposit(self: Bank.T; amount: INTEGER) =
  BEGIN
    INC(self.balance, amount)
  END Deposit;

BEGIN
END Account.
